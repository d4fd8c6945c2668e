#pragma once

#include <stdexcept>
#include <string>

namespace safeledger {

// Every rule violation the core reports. The message is meant for a user: it names the field and
// the value. `kind` lets callers (CLI exit codes, GUI field highlighting) react without parsing text.
class Error : public std::runtime_error
{
public:
    enum class Kind {
        Validation,   // a field's value breaks a rule (field() names it)
        Lifecycle,    // a transition the hazard's state does not allow
        NotFound,     // a referenced record does not exist
        Conflict,     // a newer change to the same record exists (row version)
        Storage,      // SQLite failed (I/O, disk full, corrupt file)
        NotADatabase, // the file is not a SafeLedger database
        NewerSchema,  // the file was written by a newer SafeLedger
        ReadOnly,     // the database was opened read-only
        Locked,       // another process is writing the database
    };

    Error(Kind kind, const std::string& message, std::string field = {})
        : std::runtime_error(message)
        , m_kind(kind)
        , m_field(std::move(field))
    {
    }

    Kind kind() const { return m_kind; }
    const std::string& field() const { return m_field; }

private:
    Kind m_kind;
    std::string m_field;
};

[[noreturn]] void throwValidation(const std::string& field, const std::string& message);

} // namespace safeledger
