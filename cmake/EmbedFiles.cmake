# wortblick_embed_files(): compiles a list of files into a generated C++ source at build time.
#
# wortblick_embed_files(OUTPUT out.cpp FUNCTION ns::name HEADER "core/x.h" FILES a b ...)
# The generated file defines `std::span<const wortblick::EmbeddedFile> ns::name()`.
# It is regenerated whenever one of FILES changes; callers glob with CONFIGURE_DEPENDS so that
# a new file is picked up by the next build.
function(wortblick_embed_files)
  cmake_parse_arguments(E "" "OUTPUT;FUNCTION;HEADER" "FILES" ${ARGN})
  string(REPLACE ";" "|" _files "${E_FILES}")
  add_custom_command(
    OUTPUT "${E_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} "-DOUTPUT=${E_OUTPUT}" "-DFUNCTION=${E_FUNCTION}" "-DHEADER=${E_HEADER}"
            "-DFILES=${_files}" -P "${CMAKE_SOURCE_DIR}/cmake/embed_files_script.cmake"
    DEPENDS ${E_FILES} "${CMAKE_SOURCE_DIR}/cmake/embed_files_script.cmake"
    COMMENT "Embedding ${E_FUNCTION}"
    VERBATIM)
endfunction()
