#pragma once

#include "safeledger/core/Message.h"

#include <stdexcept>
#include <string>

namespace safeledger {

// Every rule violation the libraries report. It carries a Message (a stable id and its values, see
// Message.h): the GUI translates it by id, logs and the CLI show what() in English, "field: text"
// when the error is about one field. `kind` lets callers (CLI exit codes, GUI field highlighting)
// react without parsing text.
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
        Permission,   // the signed-in account's role may not do this (or nobody is signed in)
        Login,        // a wrong account name or password, or a disabled account
    };

    Error(Kind kind, Message message, std::string field = {})
        : std::runtime_error(field.empty() ? message.english() : field + ": " + message.english())
        , m_kind(kind)
        , m_message(std::move(message))
        , m_field(std::move(field))
    {
    }
    Error(Kind kind, MessageId id, std::vector<std::string> args = {}, std::string field = {})
        : Error(kind, Message(id, std::move(args)), std::move(field))
    {
    }

    Kind kind() const { return m_kind; }
    const Message& message() const { return m_message; }
    // The message as what() says it, as one Message: "field: message" when the error names a field
    // (how an import reports a rule's refusal as its problem).
    Message wholeMessage() const
    {
        return m_field.empty() ? m_message
                               : Message(MessageId::Prefixed, {m_field}, std::make_shared<Message>(m_message));
    }
    const std::string& field() const { return m_field; }

private:
    Kind m_kind;
    Message m_message;
    std::string m_field;
};

[[noreturn]] void throwValidation(const std::string& field, MessageId id, std::vector<std::string> args = {});

} // namespace safeledger
