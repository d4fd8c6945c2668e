#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace safeledger {

// The user's settings: operator name (the audit trail's "who"), default inspectors for new
// inspections, and the interface language (system, Chinese, English). Saved to QSettings on OK.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace safeledger
