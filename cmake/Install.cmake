# Desktop integration installed by `cmake --install`, where the freedesktop specifications look:
#   share/applications/<id>.desktop         (Desktop Entry)
#   share/metainfo/<id>.metainfo.xml        (AppStream: description, screenshots, release notes)
#   share/icons/hicolor/{scalable,NxN}/apps (Icon Theme: SVG plus PNG sizes for 16..256)
#   share/man/man1/*.1.gz                   (the three programs)
#   share/doc/profiledesk/copyright         (the licence, where Debian wants it)
# The programs install themselves (install(TARGETS) next to each target). Translations are compiled
# into the programs as Qt resources, so none are installed here.
#
# The application id is the one name shared by the desktop file, the metainfo, the icon and
# QGuiApplication::desktopFileName(); the version is project(VERSION) and nothing else.
include(GNUInstallDirs)

set(PROFILEDESK_APP_ID "io.github.profiledesk.ProfileDesk")
set(PROFILEDESK_SCREENSHOT_BASE_URL "${PROJECT_HOMEPAGE_URL}/raw/v${PROJECT_VERSION}/docs/screenshots"
    CACHE STRING "Absolute URL of docs/screenshots/ as published, for the AppStream screenshots")

set(_desktop_src "${PROJECT_SOURCE_DIR}/resources/desktop")
set(_desktop_out "${PROJECT_BINARY_DIR}/desktop")

configure_file("${_desktop_src}/${PROFILEDESK_APP_ID}.metainfo.xml.in"
               "${_desktop_out}/${PROFILEDESK_APP_ID}.metainfo.xml" @ONLY)

install(FILES "${_desktop_src}/${PROFILEDESK_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_desktop_out}/${PROFILEDESK_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(DIRECTORY "${_desktop_src}/icons/hicolor"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons"
        FILES_MATCHING PATTERN "*.svg" PATTERN "*.png")

# Man pages are gzipped as Debian policy asks (man reads them either way); -n leaves out the name
# and time stamp, so that the same page gives the same .gz on every build.
find_program(PROFILEDESK_GZIP gzip REQUIRED)
foreach(_page profiledesk profiledesk-cli profiledesk-server)
    configure_file("${_desktop_src}/man/${_page}.1.in" "${_desktop_out}/man/${_page}.1" @ONLY)
    execute_process(COMMAND "${PROFILEDESK_GZIP}" -9 -n -c "${_desktop_out}/man/${_page}.1"
                    OUTPUT_FILE "${_desktop_out}/man/${_page}.1.gz" COMMAND_ERROR_IS_FATAL ANY)
    install(FILES "${_desktop_out}/man/${_page}.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()

install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/profiledesk" RENAME copyright)
