# Writes safeledger-cli(1) from safeledger-cli.1.in and the command's own help text, so that the
# manual lists exactly the commands and options the installed program has. Run with cmake -P:
#   cmake -DCLI=path/to/safeledger-cli -DTEMPLATE=safeledger-cli.1.in -DOUT=safeledger-cli.1
#         -DVERSION=0.1.0 -DDATE=YYYY-MM-DD -P ManPage.cmake
execute_process(COMMAND ${CLI} --help OUTPUT_VARIABLE HELP RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR HELP STREQUAL "")
    message(FATAL_ERROR "${CLI} --help failed (${status})")
endif()

# The usage line is the synopsis and the exit codes have their own section; the rest (commands and
# options) goes in as printed, in no-fill mode. Backslashes are escaped, and a line starting with a
# dot or an apostrophe would be read as a request: \& in front keeps it text.
string(REGEX REPLACE "^usage:[^\n]*\n+" "" HELP "${HELP}")
string(REGEX REPLACE "\nexit codes:[^\n]*\n?$" "" HELP "${HELP}")
string(REPLACE "\\" "\\e" HELP "${HELP}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" HELP "${HELP}")
configure_file(${TEMPLATE} ${OUT} @ONLY)
