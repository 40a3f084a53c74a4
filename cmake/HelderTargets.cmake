# helder_add_library(NAME <area> SOURCES ... [DEPENDS ...])
# One static library per architecture area (DESIGN §8), exported as helder::<area>.
# Headers are included as "<area>/Header.hpp" from kiosk/ and as "printer/Header.hpp" from the root.
function(helder_add_library)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;DEPENDS" ${ARGN})
  add_library(helder_${ARG_NAME} STATIC ${ARG_SOURCES})
  add_library(helder::${ARG_NAME} ALIAS helder_${ARG_NAME})
  target_include_directories(helder_${ARG_NAME} PUBLIC
    "${PROJECT_SOURCE_DIR}/kiosk" "${PROJECT_SOURCE_DIR}")
  target_link_libraries(helder_${ARG_NAME} PUBLIC ${ARG_DEPENDS})
  helder_set_warnings(helder_${ARG_NAME})
endfunction()

function(helder_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
    -Wconversion -Wsign-conversion -Wformat=2 -Wimplicit-fallthrough)
  # GCC 12 reports -Wrestrict on plain std::string concatenation at -O2 (GCC bug 105651, fixed
  # in 13); the warning there is about libstdc++'s code, never ours.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(HELDER_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# helder_add_executable(NAME <name> SOURCES ... [DEPENDS ...])
function(helder_add_executable)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;DEPENDS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE ${ARG_DEPENDS})
  helder_set_warnings(${ARG_NAME})
endfunction()
