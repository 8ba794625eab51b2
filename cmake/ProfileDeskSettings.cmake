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
