# bench/smoke: generate 2 files x 3 contexts in each of the benchmark's styles (k3s, shared,
# kubeadm), check them with `kubeminder check -o json`, and make sure every context was checked
# (exit 0, 1 or 2; 3 means nothing could be checked) and its key matched (status not "broken").
# Inputs: BENCHGEN, KUBEMINDER, WORK_DIR.
foreach(var BENCHGEN KUBEMINDER WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "smoke.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/home")

foreach(style k3s shared kubeadm)
    execute_process(
        COMMAND "${BENCHGEN}" --style ${style} --files 2 --contexts 3 "${WORK_DIR}/${style}"
        RESULT_VARIABLE gen_result
        OUTPUT_VARIABLE kubeconfig
        ERROR_VARIABLE gen_error
        OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT gen_result EQUAL 0)
        message(FATAL_ERROR "kubeminder_benchgen failed (${gen_result}): ${gen_error}")
    endif()
    string(REPLACE ":" ";" files "${kubeconfig}")
    list(LENGTH files file_count)
    if(NOT file_count EQUAL 2)
        message(FATAL_ERROR "expected 2 files from kubeminder_benchgen, got: ${kubeconfig}")
    endif()

    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E env "KUBECONFIG=${kubeconfig}" "HOME=${WORK_DIR}/home"
                "${KUBEMINDER}" check -o json
        RESULT_VARIABLE check_result
        OUTPUT_VARIABLE json
        ERROR_VARIABLE check_error)
    if(NOT check_result MATCHES "^[012]$")
        message(FATAL_ERROR "kubeminder check -o json exited with ${check_result}: ${check_error}")
    endif()

    string(JSON context_count ERROR_VARIABLE json_error LENGTH "${json}" contexts)
    if(json_error)
        message(FATAL_ERROR "kubeminder check -o json printed no valid report: ${json_error}\n${json}")
    endif()
    if(NOT context_count EQUAL 6)
        message(FATAL_ERROR "expected 6 contexts in the report, got ${context_count}")
    endif()
    math(EXPR last "${context_count} - 1")
    foreach(i RANGE ${last})
        string(JSON name GET "${json}" contexts ${i} name)
        string(JSON kind GET "${json}" contexts ${i} credential kind)
        if(NOT kind STREQUAL "client-certificate")
            message(FATAL_ERROR "context ${name}: credential kind is '${kind}', expected client-certificate")
        endif()
        # The certificate must have been read, not just recognised: its expiry is in the report.
        string(JSON not_after_type TYPE "${json}" contexts ${i} credential notAfter)
        if(NOT not_after_type STREQUAL "STRING")
            message(FATAL_ERROR "context ${name}: no expiry date in the report")
        endif()
        string(JSON status GET "${json}" contexts ${i} status)
        if(status STREQUAL "broken")
            message(FATAL_ERROR "context ${name} (${style}): broken credentials in a generated set")
        endif()
    endforeach()
    message(STATUS "bench/smoke: ${style}: 6 contexts checked, exit ${check_result}")
endforeach()
