# Installable packages with CPack (`cpack` in a build directory, e.g. build/release):
#   Linux:          a Debian package, bootlace_<version>-<release>_<arch>.deb
#   Windows/macOS:  a ZIP / disk image of the install tree (see BOOTLACE_DEPLOY in
#                   packaging/Deploy.cmake for bundling Qt with it)
# Included from the top-level CMakeLists.txt after every install() rule.
# scripts/test-deb.sh installs the Debian package on a clean Debian 12 root and runs it.

# Files every installation carries besides the executables: the example project (the CLI
# and the README point at it) and, under Debian's rules, the copyright file.
install(FILES ${PROJECT_SOURCE_DIR}/examples/homelab.bootlace.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bootlace/examples)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/packaging/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/bootlace)

set(BOOTLACE_PACKAGE_MAINTAINER "Bootlace developers <bootlace@users.noreply.github.com>"
    CACHE STRING "Maintainer of the packages built by CPack (Debian: \"Name <email>\")")
set(BOOTLACE_PACKAGE_RELEASE 1 CACHE STRING "Package revision (Debian: the part after the dash)")

set(CPACK_PACKAGE_NAME bootlace)
set(CPACK_PACKAGE_VENDOR "Bootlace developers")
set(CPACK_PACKAGE_CONTACT "${BOOTLACE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/bootlace/bootlace")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The long description: Debian puts the summary above it; CPack indents it and turns
# blank lines into " ." as the Debian Policy wants.
set(CPACK_PACKAGE_DESCRIPTION [=[
Bootlace edits iPXE network boot menus in forms, with undo, shows the
generated menu.ipxe live with its problems and as the menu screen a BIOS or
UEFI client will show, imports existing hand-written menus losslessly and
checks them the way iPXE reads them.

The package contains the desktop application (bootlace) and a command line
tool for CI jobs (bootlace-cli: render, import, lint, testboot). A test boot
runs the menu in real iPXE under QEMU; it needs the recommended packages
qemu-system-x86, ipxe, ovmf and python3.]=])
set(CPACK_RESOURCE_FILE_README ${PROJECT_SOURCE_DIR}/README.md)
set(CPACK_STRIP_FILES ON)   # the release preset builds RelWithDebInfo; ship stripped binaries

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # bootlace_0.1.0-1_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_RELEASE ${BOOTLACE_PACKAGE_RELEASE})
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BOOTLACE_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION admin)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # The libraries the executables link (Qt, QtKeychain, libcurl, libstdc++ ...) come from
    # dpkg-shlibdeps (package dpkg-dev). Added here is what is only loaded at run time:
    #  - libsecret-1-0: QtKeychain dlopen()s libsecret-1.so.0 for the Secret Service and
    #    Debian's libqt6keychain1 does not depend on it; without it the keychain does not work
    #    on GNOME and most other desktops.
    #  - qt6-qpa-plugins: the extra Qt platform plugins (the xcb, offscreen and minimal
    #    plugins are in libqt6gui6, which dpkg-shlibdeps finds).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins")
    # A test boot needs QEMU, iPXE (BIOS: ipxe.lkrn, UEFI: ipxe.efi; NIC ROMs: ipxe-qemu),
    # OVMF for UEFI and python3 for the harness in share/bootlace/testboot (bash is essential).
    # A Secret Service (or KWallet) keeps the GitLab tokens and publish passwords; Wayland
    # sessions get native windows with qt6-wayland (XWayland otherwise).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "qemu-system-x86, ipxe, ipxe-qemu, ovmf, python3, gnome-keyring | kwalletmanager, qt6-wayland")
elseif(WIN32)
    set(CPACK_GENERATOR ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
endif()

include(CPack)
