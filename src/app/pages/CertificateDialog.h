#pragma once

#include "FormDialog.h"

#ifndef Q_MOC_RUN
#include "safeledger/core/Organisation.h"
#endif

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;

namespace safeledger {

class Database;

// The form of one certificate (证书) of a unit's person: new (certificateId 0, for `personId` when
// given) or an existing one to edit. Either date may be left out. OK saves through RecordService;
// an Error is shown at its field and nothing typed is lost.
class CertificateDialog final : public FormDialog
{
    Q_OBJECT

public:
    CertificateDialog(Database& db, qint64 orgId, qint64 certificateId, qint64 personId = 0, QWidget* parent = nullptr);

    qint64 certificateId() const { return m_certificate.id; }

private:
    void save() override;

    // A date that may be left out: a check box saying whether there is one, and the date.
    struct OptionalDate
    {
        QCheckBox* set = nullptr;
        QDateEdit* date = nullptr;
    };
    OptionalDate addDate(const QString& field, const QString& label);
    static void setDate(const OptionalDate& d, const std::optional<Date>& value);
    static std::optional<Date> date(const OptionalDate& d);

    Database& m_db;
    Certificate m_certificate;
    QComboBox* m_person = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_number = nullptr;
    OptionalDate m_issued;
    OptionalDate m_expires;
    QFormLayout* m_form = nullptr;
};

} // namespace safeledger
