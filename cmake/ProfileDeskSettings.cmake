# One place that applies the project's strictness to a target: warnings, -Werror in CI, the same flags everywhere.
#
#   profiledesk_apply_settings(<target>)
#
# Every library and executable of the project calls this, so the defines and warning flags
# are the same everywhere and change in one place.
function(profiledesk_apply_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        PROFILEDESK_VERSION="${PROJECT_VERSION}")
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
            $<$<BOOL:${PROFILEDESK_WERROR}>:-Werror>)
    endif()
endfunction()

# Sanitizer builds (CMakePresets.json "asan") pass PROFILEDESK_SANITIZE=ON.
option(PROFILEDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(PROFILEDESK_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# A library's headers are included by its folder's name ("core/user.h", "ui/editor/profileeditor.h"),
# and a target exports only that folder: a directory of the build tree holding one link, named after
# the folder, to the folder. So "#include "models/..."" resolves only in targets that link
# profiledesk_models (directly or through another target), and an upward include fails the build
# (tests/structure checks the same table on the sources).
#
#   profiledesk_export_headers(<target> <folder>)
function(profiledesk_export_headers target folder)
    get_filename_component(name "${folder}" NAME)
    set(root "${PROJECT_BINARY_DIR}/include/${target}")
    file(MAKE_DIRECTORY "${root}")
    file(CREATE_LINK "${folder}" "${root}/${name}" RESULT failed SYMBOLIC)
    if(failed)
        message(FATAL_ERROR "profiledesk_export_headers: cannot link ${root}/${name} to ${folder}: ${failed}")
    endif()
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY")
        target_include_directories(${target} INTERFACE "${root}")
    else()
        target_include_directories(${target} PUBLIC "${root}")
    endif()
endfunction()
