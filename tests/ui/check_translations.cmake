# translations_complete: fails when a .ts file has unfinished entries, or is stale against the
# sources (lupdate would change it). Runs the same lupdate project as `update_translations`, on
# copies, and compares.
#
#   cmake -DLUPDATE=... -DPROJECT_CMAKE=... -DGENERATOR_SCRIPT=... -DTS_FILES=a.ts;b.ts
#         -DOPTIONS=... -DWORK_DIR=... -P check_translations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_CMAKE}" "-DOUT_FILE=${WORK_DIR}/project.json"
                        -P "${GENERATOR_SCRIPT}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not generate the lupdate project from ${PROJECT_CMAKE}")
endif()

set(copies "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()
string(REPLACE " " ";" options "${OPTIONS}")
execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" ${options} -ts ${copies}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()

set(problems "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" original)
    file(READ "${WORK_DIR}/${name}" updated)
    if(NOT original STREQUAL updated)
        string(APPEND problems "${name} is stale: run `cmake --build <dir> --target update_translations`, translate, commit\n")
    endif()
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${updated}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(APPEND problems "${name} has ${count} unfinished entries\n")
    endif()
    string(REGEX MATCHALL "type=\"(vanished|obsolete)\"" old "${updated}")
    list(LENGTH old count)
    if(count GREATER 0)
        string(APPEND problems "${name} has ${count} obsolete entries\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
message(STATUS "all translations complete and up to date")
