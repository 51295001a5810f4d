# Desktop integration for the bootlace GUI (application id org.bootlace.Bootlace):
# the .desktop file, AppStream metainfo, the project MIME type and the hicolor icons,
# all installed under GNUInstallDirs paths. Included from app/CMakeLists.txt.
set(BOOTLACE_APP_ID org.bootlace.Bootlace)
set(BOOTLACE_ICON_SIZES 16 24 32 48 64 128 256)
set(_bootlace_packaging ${PROJECT_SOURCE_DIR}/packaging)
set(_bootlace_icons ${PROJECT_SOURCE_DIR}/resources/icons)

install(FILES ${_bootlace_packaging}/${BOOTLACE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_bootlace_packaging}/${BOOTLACE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_bootlace_packaging}/${BOOTLACE_APP_ID}.mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${BOOTLACE_APP_ID}.xml)
install(FILES ${_bootlace_icons}/${BOOTLACE_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
set(_bootlace_icon_pngs)
foreach(_size IN LISTS BOOTLACE_ICON_SIZES)
    set(_png hicolor/${_size}x${_size}/apps/${BOOTLACE_APP_ID}.png)
    list(APPEND _bootlace_icon_pngs ${_bootlace_icons}/${_png})
    install(FILES ${_bootlace_icons}/${_png}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
endforeach()

# The window icon at runtime: the PNGs compiled in as :/icons/hicolor/<N>x<N>/apps/<id>.png
# (PNG, so no dependency on the Qt SVG image plugin); main.cpp prefers the icon theme.
if(TARGET bootlace)
    qt_add_resources(bootlace "bootlace_icons" PREFIX /icons BASE ${_bootlace_icons}
                     FILES ${_bootlace_icon_pngs})
endif()
