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
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
ProfileDesk signs in to a Backendless application (US or EU cloud, a custom
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

set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/node_modules/")

include(CPack)
