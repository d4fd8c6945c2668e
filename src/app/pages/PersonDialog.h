#pragma once

#include "FormDialog.h"

#ifndef Q_MOC_RUN
#include "safeledger/core/Organisation.h"
#endif

class QLineEdit;

namespace safeledger {

class Database;

// The form of one person (人员) of a unit: new (personId 0) or an existing one to edit. OK saves
// through RecordService; an Error is shown at its field and nothing typed is lost.
class PersonDialog final : public FormDialog
{
    Q_OBJECT

public:
    PersonDialog(Database& db, qint64 orgId, qint64 personId, QWidget* parent = nullptr);

    // The saved person's id (0 until saved).
    qint64 personId() const { return m_person.id; }

private:
    void save() override;

    Database& m_db;
    Person m_person;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_role = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_idNumber = nullptr;
};

} // namespace safeledger
