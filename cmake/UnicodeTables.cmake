# wortblick_unicode_tables(OUTPUT): the Unicode tables core reads, written at build time by
# cmake/unicode_tables_generator.cpp from utf8proc. In the WebAssembly builds the generator is a
# node program (the presets' CROSSCOMPILING_EMULATOR) that writes its file through NODERAWFS; its
# wasm is inlined because emscripten 3.1.6 would fetch() a file path in node 18+ and fail.
function(wortblick_unicode_tables out_header)
  get_filename_component(_dir "${out_header}" DIRECTORY)
  file(MAKE_DIRECTORY "${_dir}")
  add_executable(wb_unicode_tables_generator "${CMAKE_SOURCE_DIR}/cmake/unicode_tables_generator.cpp")
  target_link_libraries(wb_unicode_tables_generator PRIVATE wb_utf8proc)
  if(EMSCRIPTEN)
    target_link_options(wb_unicode_tables_generator PRIVATE -sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1 -sENVIRONMENT=node -sSINGLE_FILE=1)
  endif()
  add_custom_command(
    OUTPUT "${out_header}"
    COMMAND wb_unicode_tables_generator "${out_header}"
    DEPENDS wb_unicode_tables_generator
    COMMENT "Deriving the Unicode tables from utf8proc"
    VERBATIM)
endfunction()
