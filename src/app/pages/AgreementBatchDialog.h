#pragma once

#include "FormDialog.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace safeledger {

class Database;
class UnitPicker;

// Creates agreements of one year from party A (甲方) with one or many of its subordinate units at
// once ("sign with every village"): the units below party A are listed with check boxes, and a
// kind selector checks all units of that kind. All agreements are created in one transaction.
class AgreementBatchDialog final : public FormDialog
{
    Q_OBJECT

public:
    AgreementBatchDialog(Database& db, int year, QWidget* parent = nullptr);

    void setPartyA(qint64 orgId);
    // Checks the listed units with these ids (the coverage view's gaps).
    void check(const QList<qint64>& orgIds);
    // Checks every listed unit of the kind (an OrgKind code); returns how many.
    int checkKind(const QString& kindCode);
    int checkedCount() const;
    int created() const { return m_created; }

private:
    // Creates the agreements (OK); on an Error the dialog shows it and stays open.
    void save() override;
    void loadTargets();

    Database& m_db;
    UnitPicker* m_partyA = nullptr;
    QSpinBox* m_year = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_signatoryA = nullptr;
    QPlainTextEdit* m_targetClauses = nullptr;
    QComboBox* m_selectKind = nullptr;
    QListWidget* m_units = nullptr;
    int m_created = 0;
};

} // namespace safeledger
