#pragma once

#include <memory>
#include <string>
#include <vector>

namespace safeledger {

// Every sentence the libraries put before a user (an Error, an import's problem) is a Message: a
// stable id and its values. The English text is made from the id's template for logs and the CLI;
// the GUI translates by id (CoreMessages), never by reading the English back.
//
// The catalogue is the lists under safeledger/core/messages/, one per family; each line is
//   SL_MESSAGE(Id, SL_TR("CoreMessages", "english with %1, %2…"), "kinds")
// SL_TR marks the text for Qt's lupdate (scripts/lupdate), which gives the GUI its translations.
// `kinds` says what each value is, in the order of %1, %2…:
//   d  a date (YYYY-MM-DD)         i  an integer             r  a number    c  one character
//   s  a name, path or other text  e  text that may be empty
//   n  a message of its own: the nested Message when there is one (Message::nested), else a text
//      of SQLite or of the system ("database is locked", strerror), translated when known
//   f  a field, column or record kind the core names ("found_on", "org"): shown by its name
//   w  English words the core adds beside their Chinese (a status, a mode): translations may
//      leave them out and keep the Chinese value that follows
enum class MessageId : int {
#ifndef Q_MOC_RUN // moc cannot follow an #include inside an enum; it needs none of the ids
#define SL_TR(context, text) text
#define SL_MESSAGE(id, text, kinds) id,
#include "safeledger/core/messages/CoreMessages.h"
#include "safeledger/core/messages/ExchangeMessages.h"
#include "safeledger/core/messages/StorageMessages.h"
#undef SL_MESSAGE
#undef SL_TR
#endif
    Count
};

struct MessageText
{
    const char* key;     // the id's name, "DateAfterToday": stable, for logs and tests
    const char* english; // the template, with %1, %2…
    const char* kinds;   // one letter per value (see above)
};

// The catalogue's entry for an id (throws std::out_of_range for an id outside it).
const MessageText& messageText(MessageId id);

class Message
{
public:
    Message() = default;
    Message(MessageId id, std::vector<std::string> args = {}, std::shared_ptr<const Message> nested = {});

    MessageId id() const { return m_id; }
    const std::vector<std::string>& args() const { return m_args; }
    // The message that fills the template's value of kind 'n', when it is one of ours.
    const Message* nested() const { return m_nested.get(); }

    // The English sentence: the template with its values.
    std::string english() const;

private:
    MessageId m_id = MessageId::Count;
    std::vector<std::string> m_args;
    std::shared_ptr<const Message> m_nested;
};

// `text` with %1…%9 replaced by `values` (a placeholder without a value stays as written).
std::string fillTemplate(const std::string& text, const std::vector<std::string>& values);

} // namespace safeledger
