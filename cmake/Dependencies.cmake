# Third-party C/C++ libraries compiled from Debian source packages unpacked by web/toolchain.sh.
set(_deps "${WORTBLICK_DEPS_DIR}")
foreach(_dir imgui utf8proc snowball snowball-german gumbo qrcodegen)
  if(NOT EXISTS "${_deps}/${_dir}")
    message(FATAL_ERROR "${_deps}/${_dir} is missing: run web/toolchain.sh first (web/build.sh and tests/run.sh do)")
  endif()
endforeach()

# Third-party code is compiled with its own defaults; warnings there are not ours to fix.
add_library(wb_utf8proc STATIC "${_deps}/utf8proc/utf8proc.c")
target_include_directories(wb_utf8proc SYSTEM PUBLIC "${_deps}/utf8proc")
target_compile_definitions(wb_utf8proc PUBLIC UTF8PROC_STATIC)
target_compile_options(wb_utf8proc PRIVATE -w)

add_library(wb_snowball_german STATIC
  "${_deps}/snowball-german/stem_UTF_8_german.c"
  "${_deps}/snowball/runtime/api.c"
  "${_deps}/snowball/runtime/utilities.c")
target_include_directories(wb_snowball_german SYSTEM PUBLIC "${_deps}/snowball-german" "${_deps}/snowball/runtime")
target_compile_options(wb_snowball_german PRIVATE -w)

# gumbo: the HTML5 parser behind HTML input (core/html).
# Its char_ref.c (a generated Ragel matcher, a quarter of gumbo's download weight) is replaced by
# src/core/html/gumbo_char_refs.cpp over a table made from the same list (char_ref.rl).
file(GLOB _gumbo_sources "${_deps}/gumbo/src/*.c")
list(FILTER _gumbo_sources EXCLUDE REGEX "/char_ref\\.c$")
include("${CMAKE_CURRENT_LIST_DIR}/GumboCharRefs.cmake")
wortblick_gumbo_char_refs("${_deps}/gumbo/src/char_ref.rl" "${CMAKE_BINARY_DIR}/generated/html/gumbo_char_refs_table.h")
add_library(wb_gumbo STATIC ${_gumbo_sources} "${CMAKE_SOURCE_DIR}/src/core/html/gumbo_char_refs.cpp")
target_include_directories(wb_gumbo SYSTEM PUBLIC "${_deps}/gumbo/src")
target_include_directories(wb_gumbo PRIVATE "${CMAKE_BINARY_DIR}/generated")
set_target_properties(wb_gumbo PROPERTIES C_STANDARD 99 CXX_STANDARD 20)
# Optimised in every build type: the sanitizer build parses 20 MB test pages, and an -O0 parser
# only slows that down without telling us anything about our own code. The browser build
# optimises it for size like everything else.
if(EMSCRIPTEN)
  target_compile_options(wb_gumbo PRIVATE -w -Oz)
else()
  target_compile_options(wb_gumbo PRIVATE -w -O2)
endif()

# qrcodegen (Debian's qr-code-generator, its C flavour): QR codes for the share panel
# (core/share). The C++ flavour builds its one error message with an ostringstream, which links
# iostreams and every locale facet into the download.
add_library(wb_qrcodegen STATIC "${_deps}/qrcodegen/c/qrcodegen.c")
target_include_directories(wb_qrcodegen SYSTEM PUBLIC "${_deps}/qrcodegen/c")
set_target_properties(wb_qrcodegen PROPERTIES C_STANDARD 99)
target_compile_options(wb_qrcodegen PRIVATE -w)

# nlohmann/json is header-only; web/toolchain.sh links its Debian headers into build/deps/include.
add_library(wb_json INTERFACE)
target_include_directories(wb_json SYSTEM INTERFACE "${_deps}/include")

set(IMGUI_DIR "${_deps}/imgui")
add_library(wb_imgui STATIC
  "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp"
  "${IMGUI_DIR}/imgui_widgets.cpp" "${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp"
  "${CMAKE_SOURCE_DIR}/src/app/imgui_item_hooks.cpp")
target_include_directories(wb_imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/misc/cpp")
target_include_directories(wb_imgui PRIVATE "${CMAKE_SOURCE_DIR}/src")
# Item hooks let the app find labels cut off by a pane's edge (layout(), clip_report.h).
target_compile_definitions(wb_imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE)
# The app never uses ImGui's obsolete names; disabling them catches accidental use.
# 32-bit indices: a long article on a 4K screen needs more than 64k vertices in one draw list.
target_compile_definitions(wb_imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS "ImDrawIdx=unsigned int")
target_compile_options(wb_imgui PRIVATE -w)
if(NOT EMSCRIPTEN)
  # Native builds keep ImGui's asserts on in every build type, so the smoke test catches misuse.
  target_compile_definitions(wb_imgui PUBLIC IMGUI_USER_CONFIG="${CMAKE_SOURCE_DIR}/tests/app/imgui_checked_config.h")
endif()
