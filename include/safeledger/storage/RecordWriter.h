#pragma once

#include "safeledger/storage/Database.h"

#include <memory>
#include <string>

namespace safeledger {

// Stores records exactly as they are given, for imports: the uuid, created_at, modified_at, row
// version and void mark are kept, so that a record moved between databases stays the same record
// byte for byte. Every write still has its audit row (operator and time of this session) in the
// same transaction. The statements are prepared once and reused: an import writes 100,000s of rows.
// Rules are the caller's job (the exchange layer checks everything before it writes).
template <class T>
class RecordWriter final
{
public:
    explicit RecordWriter(Database& db);
    ~RecordWriter();
    RecordWriter(const RecordWriter&) = delete;
    RecordWriter& operator=(const RecordWriter&) = delete;

    // Inserts a new row; sets record.id. Audit: `action`, the record after.
    void insert(T& record, const std::string& action);
    // Overwrites the row record.id with `record` as given (its version included). Audit: `action`,
    // the stored row before and the record after.
    void replace(T& record, const std::string& action);

private:
    struct Statements;
    Database& m_db;
    std::unique_ptr<Statements> m_st;
};

} // namespace safeledger
