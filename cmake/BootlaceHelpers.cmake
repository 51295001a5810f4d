# Shared CMake helpers for Bootlace targets.

# Compile definitions and warnings every Bootlace target uses.
function(bootlace_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(BOOTLACE_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()

# bootlace_add_test(NAME <name> SOURCES <files...> [LIBS <libs...>] [LABELS <labels...>]
#                   [TIMEOUT <seconds>] [ENVIRONMENT <VAR=value...>])
# One Qt Test executable per class; registered with CTest under the same name.
function(bootlace_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    bootlace_target_defaults(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test bootlace_core bootlace_testsupport ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        BOOTLACE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        BOOTLACE_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${T_ENVIRONMENT}")
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
