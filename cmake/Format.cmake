# The `format` target applies .clang-format to every C++ source of the tree; tests/structure registers
# format_check, which runs the same files through clang-format --dry-run -Werror.
find_program(PROFILEDESK_CLANG_FORMAT NAMES clang-format clang-format-14)

file(GLOB_RECURSE PROFILEDESK_FORMAT_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
    ${PROJECT_SOURCE_DIR}/server/*.cpp ${PROJECT_SOURCE_DIR}/server/*.h
    ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h)
list(FILTER PROFILEDESK_FORMAT_SOURCES EXCLUDE REGEX "/node_modules/")

if(PROFILEDESK_CLANG_FORMAT)
    add_custom_target(format
        COMMAND ${PROFILEDESK_CLANG_FORMAT} -i --style=file ${PROFILEDESK_FORMAT_SOURCES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format: rewriting the sources in the style of .clang-format"
        VERBATIM)
endif()
