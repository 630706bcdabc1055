# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries every project-wide flag; targets link it instead of
# setting directory-scope options.
add_library(weft_compiler_settings INTERFACE)
add_library(Weft::CompilerSettings ALIAS weft_compiler_settings)

target_compile_features(weft_compiler_settings INTERFACE cxx_std_20)
target_compile_options(weft_compiler_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  -Wno-missing-field-initializers
  $<$<BOOL:${WEFT_WERROR}>:-Werror>)

if(WEFT_SANITIZE)
  target_compile_options(weft_compiler_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(weft_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()

# Check that a target's full link closure holds no Qt library. Used for the Qt-free layers.
function(weft_assert_no_qt target)
  get_target_property(_libs ${target} LINK_LIBRARIES)
  foreach(_lib IN LISTS _libs)
    if(_lib MATCHES "Qt[0-9]*::" OR _lib MATCHES "libQt")
      message(FATAL_ERROR "${target} must not link Qt, but links ${_lib}")
    endif()
    if(TARGET ${_lib})
      get_target_property(_type ${_lib} TYPE)
      if(NOT _type STREQUAL "INTERFACE_LIBRARY" OR _lib MATCHES "^weft")
        # recurse into our own targets only; imported system targets are checked by name above
        if(_lib MATCHES "^weft_(core|storage)$")
          weft_assert_no_qt(${_lib})
        endif()
      endif()
    endif()
  endforeach()
endfunction()
