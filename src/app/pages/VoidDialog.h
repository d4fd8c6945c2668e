#pragma once

#include "FormDialog.h"

#include <functional>
#include <string>

class QLineEdit;

namespace safeledger {

// Asks why a record is voided (作废) and voids it: OK runs the caller's action with the reason. A
// refused reason stays in the dialog at its field; any other refusal (a unit that still has units
// below it) closes the dialog and is reported through refused(), so the caller can say it in words.
class VoidDialog final : public FormDialog
{
    Q_OBJECT

public:
    using Action = std::function<void(const std::string& reason)>;

    // `question` names what is voided, e.g. "Void the person 张三?".
    VoidDialog(const QString& title, const QString& question, Action action, QWidget* parent = nullptr);

signals:
    void refused(const QString& message);

private:
    void save() override;
    void refuse(const std::exception& error) override;

    Action m_action;
    QLineEdit* m_reason = nullptr;
};

} // namespace safeledger
