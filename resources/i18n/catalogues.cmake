# SPDX-License-Identifier: GPL-3.0-or-later
# weft_embed_catalogues(TARGET DOMAIN LANGUAGES lang... SOURCES file...)
# Compiles resources/i18n/LANG.po with `msgfmt --check` at build time and adds to TARGET a
# generated source that holds the .mo bytes (see app/services/reportcatalogues.h), so that the
# program translates without finding installed catalogues. Adds the target DOMAIN-pot, which
# re-extracts resources/i18n/DOMAIN.pot from SOURCES with xgettext.
find_program(WEFT_MSGFMT msgfmt)
if(NOT WEFT_MSGFMT)
  message(FATAL_ERROR "msgfmt not found: install the Debian package gettext (cmake/install-deps.sh)")
endif()
find_program(WEFT_XGETTEXT xgettext)

function(weft_embed_catalogues target domain)
  cmake_parse_arguments(ARG "" "" "LANGUAGES;SOURCES" ${ARGN})
  set(dir ${PROJECT_SOURCE_DIR}/resources/i18n)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/i18n)
  set(mos)
  foreach(lang IN LISTS ARG_LANGUAGES)
    add_custom_command(OUTPUT ${out}/${lang}/${domain}.mo
      COMMAND ${CMAKE_COMMAND} -E make_directory ${out}/${lang}
      COMMAND ${WEFT_MSGFMT} --check --output-file=${out}/${lang}/${domain}.mo ${dir}/${lang}.po
      DEPENDS ${dir}/${lang}.po
      COMMENT "Compiling the ${lang} catalogue of ${domain}"
      VERBATIM)
    list(APPEND mos ${out}/${lang}/${domain}.mo)
  endforeach()
  string(REPLACE ";" "," languages "${ARG_LANGUAGES}")
  set(cpp ${out}/${domain}-catalogues.cpp)
  add_custom_command(OUTPUT ${cpp}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${cpp} -DDOMAIN=${domain} -DLANGUAGES=${languages}
            -DMO_DIR=${out} -P ${dir}/embedcatalogues.cmake
    DEPENDS ${mos} ${dir}/embedcatalogues.cmake
    COMMENT "Embedding the catalogues of ${domain}"
    VERBATIM)
  target_sources(${target} PRIVATE ${cpp})
  if(WEFT_XGETTEXT)
    add_custom_target(${domain}-pot
      COMMAND ${WEFT_XGETTEXT} --c++ --from-code=UTF-8 --keyword=WEFT_MESSAGE:1c,2 --keyword=WEFT_PLURAL:1c,2,3
              --add-location=file --package-name=weft "--copyright-holder=The Weft authors"
              --output=${dir}/${domain}.pot ${ARG_SOURCES}
      WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
      COMMENT "Extracting ${dir}/${domain}.pot"
      VERBATIM)
  endif()
endfunction()
