#pragma once

#include "FormDialog.h"
#include "RecordsPage.h"

#include <map>
#include <string>

class QFormLayout;

namespace safeledger {

class DocumentHazardList;
struct Record;
class UnitPicker;

// The form of one accident, penalty, enforcement document or activity: new (id 0) or an existing
// record to edit. OK saves through RecordService; an Error is shown at its field and nothing
// typed is lost. An existing record can be voided with a reason ("Void…", VoidDialog); a voided
// one is shown read-only with when and why it was voided.
class RecordFormDialog final : public FormDialog
{
    Q_OBJECT

public:
    RecordFormDialog(RecordsPage::Kind kind, Database& db, qint64 recordId, QWidget* parent = nullptr);

    void setUnit(qint64 orgId);
    // The input widget of a field (by the core's field name), for tests.
    QWidget* input(const QString& field) const;

private:
    QWidget* add(const QString& field, const QString& label, QWidget* input);
    void load(qint64 id);
    void save() override;
    // After load: the Void… button for a live record, a read-only form for a voided one.
    void offerVoid(const Record& record);
    void voidRecord();
    // A recorded document: "Print…" shows it as issued.
    void offerPrint(qint64 documentId);

    RecordsPage::Kind m_kind;
    Database& m_db;
    qint64 m_id = 0;
    qint64 m_version = 0;
    std::string m_uuid;
    QFormLayout* m_form = nullptr;
    UnitPicker* m_unit = nullptr;
    DocumentHazardList* m_hazards = nullptr; // enforcement documents only
    std::map<QString, QWidget*> m_inputs;
};

} // namespace safeledger
