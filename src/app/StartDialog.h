#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace safeledger {

struct Organisation;

// The first start, when there is no ledger yet: create the unit's own ledger (its top unit with
// its kind and credit code, then, if ticked, import its roster of units under it), look around
// the demo first, or open a ledger file kept elsewhere.
// Creating runs `create` with the unit as entered; an Error it throws (a credit code that does not
// check, a file that cannot be written) is shown in the dialog, which stays open with the entries.
class StartDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, Created, Demo, Open };

    StartDialog(const QString& path, std::function<void(const Organisation&)> create, QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }
    // Created, and the user asked to import the unit's roster next.
    bool importRoster() const;

private:
    void createLedger();
    void choose(Choice choice);

    std::function<void(const Organisation&)> m_create;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_creditCode = nullptr;
    QCheckBox* m_roster = nullptr;
    QLabel* m_error = nullptr;
    Choice m_choice = Choice::None;
};

} // namespace safeledger
