include(doctest)

# helder_add_test(NAME <name> SOURCES ... [DEPENDS ...])
# A doctest program whose cases are registered one by one with ctest.
# Tests run from the source root so fixtures are found at tests/fixtures/...
function(helder_add_test)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;DEPENDS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE helder::doctest_main helder::testsupport ${ARG_DEPENDS})
  helder_set_warnings(${ARG_NAME})
  doctest_discover_tests(${ARG_NAME} WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}" TEST_PREFIX "${ARG_NAME}: "
    PROPERTIES ENVIRONMENT "HELDER_SOURCE_DIR=${PROJECT_SOURCE_DIR};HELDER_SHARED_DIR=${HELDER_SHARED_DIR}")
endfunction()

# helder_add_shared_test(NAME <name> SOURCES ... [DEPENDS ...])
# A doctest program that needs ../shared (real PDFs, postcode data). Its main returns 77 when
# the folder is absent, and ctest reports it as "Skipped" (PLATFORM.md §1). Registered as one
# ctest test because doctest_discover_tests would fail the build on the 77.
function(helder_add_shared_test)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;DEPENDS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE helder::shared_main helder::testsupport ${ARG_DEPENDS})
  helder_set_warnings(${ARG_NAME})
  add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME} WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set_tests_properties(${ARG_NAME} PROPERTIES SKIP_RETURN_CODE 77
    ENVIRONMENT "HELDER_SOURCE_DIR=${PROJECT_SOURCE_DIR};HELDER_SHARED_DIR=${HELDER_SHARED_DIR}")
endfunction()
