# `cpack` (run in the build directory) makes profiledesk_<version>_<arch>.deb from the install rules.
#
# Depends: the shared libraries the programs link (libqt6*, libqt6keychain1, libc6, libstdc++6, ...)
# come from dpkg-shlibdeps, which reads the binaries, so they follow what is really linked. Added by
# hand is what no linker sees: the Qt plugin loaded at run time for the server's SQLite database.
# The platform plugins that show windows (xcb, offscreen) ship in libqt6gui6 on Debian 12, already
# a dependency; qt6-qpa-plugins only adds VNC and TUIO, which ProfileDesk does not need.
# tests/packaging/check_package.sh checks both halves against the built binaries and plugins.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "profiledesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The ProfileDesk developers")
set(CPACK_PACKAGE_CONTACT "The ProfileDesk developers <profiledesk@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the long description under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "ProfileDesk signs in to a Backendless application (US or EU cloud, a custom
domain, Backendless Pro) and edits user profiles in a form that sends only the
changed fields and shows server errors beside the fields they concern. Support
staff can find and edit other users' profiles.
.
This package also holds profiledesk-cli, the same client for scripts, and
profiledesk-server, a local Backendless-compatible server for demos and tests.")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own dialogs in the user's language, and native Wayland windows (XWayland works without).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")

# Debian wants a changelog in every package. It is written from the newest AppStream release (version,
# date, notes), so that the release notes have one source.
function(profiledesk_write_debian_changelog metainfo output)
    file(READ "${metainfo}" xml)
    string(REGEX MATCH "<release version=\"([^\"]+)\" date=\"([0-9]+)-([0-9]+)-([0-9]+)\">.*</release>" release "${xml}")
    if(NOT release)
        message(FATAL_ERROR "${metainfo}: no <release version=... date=YYYY-MM-DD> for the changelog")
    endif()
    set(version "${CMAKE_MATCH_1}")
    set(year "${CMAKE_MATCH_2}")
    set(month "${CMAKE_MATCH_3}")
    set(day "${CMAKE_MATCH_4}")
    string(REGEX REPLACE "</release>.*" "" release "${release}")
    string(REGEX MATCHALL "<li>[^<]*</li>" items "${release}")
    set(entries "")
    foreach(item IN LISTS items)
        string(REGEX REPLACE "</?li>" "" item "${item}")
        string(APPEND entries "  * ${item}\n")
    endforeach()
    # RFC 5322 date, as dpkg-parsechangelog reads it; the weekday by Zeller's congruence.
    math(EXPR m "${month} + 0")
    math(EXPR y "${year}")
    if(m LESS 3)
        math(EXPR m "${m} + 12")
        math(EXPR y "${y} - 1")
    endif()
    math(EXPR zeller "(${day} + (13 * (${m} + 1)) / 5 + ${y} + ${y} / 4 - ${y} / 100 + ${y} / 400) % 7")
    set(weekdays Sat Sun Mon Tue Wed Thu Fri)
    list(GET weekdays ${zeller} weekday)
    math(EXPR month_index "${month} - 1")
    set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    list(GET months ${month_index} month_name)
    file(WRITE "${output}"
        "${CPACK_PACKAGE_NAME} (${version}) unstable; urgency=medium\n\n${entries}\n"
        " -- ${CPACK_PACKAGE_CONTACT}  ${weekday}, ${day} ${month_name} ${year} 00:00:00 +0000\n")
endfunction()

profiledesk_write_debian_changelog("${PROJECT_BINARY_DIR}/desktop/${PROFILEDESK_APP_ID}.metainfo.xml"
                                   "${PROJECT_BINARY_DIR}/desktop/changelog")
execute_process(COMMAND "${PROFILEDESK_GZIP}" -9 -n -c "${PROJECT_BINARY_DIR}/desktop/changelog"
                OUTPUT_FILE "${PROJECT_BINARY_DIR}/desktop/changelog.gz" COMMAND_ERROR_IS_FATAL ANY)
install(FILES "${PROJECT_BINARY_DIR}/desktop/changelog.gz" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/profiledesk")

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/node_modules/")

include(CPack)
