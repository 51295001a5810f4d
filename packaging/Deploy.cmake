# BOOTLACE_DEPLOY (an option of the top-level CMakeLists.txt, OFF by default): `cmake --install`
# also copies the Qt runtime next to the application with the deploy script that Qt generates
# (qt_generate_deploy_app_script, new in Qt 6.3): windeployqt into bin/ on Windows (Qt DLLs,
# platform/style/image plugins, qt.conf), macdeployqt into Bootlace.app on macOS. On Windows the
# DLLs of QtKeychain and libcurl (from vcpkg) and their own dependencies are copied as well.
# Linux distribution packages use the system Qt: leave it OFF there (an AppImage uses linuxdeploy,
# see packaging/README.md). Included from app/CMakeLists.txt after the executables' install rules,
# so the deploy step runs after the executables are installed.
if(NOT BOOTLACE_DEPLOY)
    return()
endif()
if(NOT TARGET bootlace)
    message(FATAL_ERROR "BOOTLACE_DEPLOY deploys the GUI application: configure with BOOTLACE_BUILD_GUI=ON")
endif()
if(Qt6_VERSION VERSION_LESS 6.3)
    message(FATAL_ERROR "BOOTLACE_DEPLOY needs qt_generate_deploy_app_script, new in Qt 6.3 (found Qt ${Qt6_VERSION})")
endif()
if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND Qt6_VERSION VERSION_LESS 6.5)
    message(WARNING "BOOTLACE_DEPLOY: Qt ${Qt6_VERSION} deploys its runtime on Windows and macOS only "
                    "(on Linux from Qt 6.5); the install step will report that it skipped it.")
endif()

# macOS: the application bundle Bootlace.app (bootlace is a MACOSX_BUNDLE, see app/CMakeLists.txt).
set_target_properties(bootlace PROPERTIES
    MACOSX_BUNDLE_GUI_IDENTIFIER ${BOOTLACE_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Bootlace
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
if(APPLE)
    set_target_properties(bootlace PROPERTIES OUTPUT_NAME Bootlace)
endif()

# The script runs windeployqt / macdeployqt at install time. Qt 6.5 renamed FILENAME_VARIABLE to
# OUTPUT_SCRIPT. NO_UNSUPPORTED_PLATFORM_ERROR: where Qt cannot deploy, installing still works.
if(Qt6_VERSION VERSION_LESS 6.5)
    qt_generate_deploy_app_script(TARGET bootlace FILENAME_VARIABLE bootlace_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET bootlace OUTPUT_SCRIPT bootlace_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${bootlace_deploy_script})

# windeployqt copies only Qt's own DLLs: QtKeychain's and libcurl's (with zlib, OpenSSL, ...
# below them) come from their imported targets. bootlace-cli.exe sits in the same bin/ and uses
# the same DLLs. (macdeployqt already copies every non-system dylib into the bundle.)
if(WIN32)
    set(_bootlace_dll_targets)
    set(_bootlace_dll_dirs)
    foreach(_dep IN ITEMS Qt6Keychain::Qt6Keychain CURL::libcurl)
        if(NOT TARGET ${_dep})
            continue()
        endif()
        get_target_property(_type ${_dep} TYPE)
        if(_type STREQUAL "SHARED_LIBRARY")
            list(APPEND _bootlace_dll_targets ${_dep})
            list(APPEND _bootlace_dll_dirs "$<TARGET_FILE_DIR:${_dep}>")
        else()
            message(STATUS "BOOTLACE_DEPLOY: ${_dep} is a ${_type}, not a DLL: nothing to copy for it")
        endif()
    endforeach()
    if(_bootlace_dll_targets)
        install(IMPORTED_RUNTIME_ARTIFACTS ${_bootlace_dll_targets}
                RUNTIME_DEPENDENCY_SET bootlace_runtime_dlls
                RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
        install(RUNTIME_DEPENDENCY_SET bootlace_runtime_dlls
                RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
                PRE_EXCLUDE_REGEXES [[api-ms-.*]] [[ext-ms-.*]] [[Qt6.*\.dll]]
                POST_EXCLUDE_REGEXES [[.*[/\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\].*]]
                DIRECTORIES ${_bootlace_dll_dirs})
    endif()
endif()
