# wortblick_subset_font(): keeps only the glyphs the UI can show (see kGlyphRanges in app/fonts.cpp).
find_program(PYFTSUBSET pyftsubset REQUIRED)
set(WORTBLICK_FONT_DIR "/usr/share/fonts/truetype/noto" CACHE PATH "Where fonts-noto-core installs Noto Sans")
set(WORTBLICK_FONT_UNICODES
    "U+0020-00FF,U+0100-017F,U+1E9E,U+2010-2027,U+2030-203A,U+20AC,U+2122,U+FFFD")

function(wortblick_subset_font font_name out_var)
  set(src "${WORTBLICK_FONT_DIR}/${font_name}")
  set(out "${CMAKE_CURRENT_BINARY_DIR}/fonts/${font_name}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/fonts"
    COMMAND "${PYFTSUBSET}" "${src}" "--unicodes=${WORTBLICK_FONT_UNICODES}" "--output-file=${out}"
            --layout-features= --no-hinting --desubroutinize --name-IDs=0,1,2,3,4,5,6
    DEPENDS "${src}"
    COMMENT "Subsetting ${font_name}"
    VERBATIM)
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
