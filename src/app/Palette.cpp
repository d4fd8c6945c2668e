#include "Palette.h"

#include <QWidget>

namespace safeledger::Palette {

QColor colour(Role role)
{
    switch (role) {
    case Role::Alert:
        return QColor(0xc6, 0x28, 0x28);
    case Role::Quiet:
        return QColor(0x75, 0x75, 0x75);
    case Role::Draft:
        return QColor(0x9e, 0x6a, 0x00);
    case Role::Found:
        return QColor(0x42, 0x7a, 0xc2);
    case Role::Rectified:
        return QColor(0x4c, 0xaf, 0x50);
    case Role::Rate:
        return QColor(0xef, 0x6c, 0x00);
    case Role::Banner:
        return QColor(0xff, 0xf3, 0xe0);
    case Role::BannerEdge:
        return QColor(0xe6, 0x51, 0x00);
    case Role::Note:
        return QColor(0xff, 0xf8, 0xe1);
    }
    return {};
}

QString name(Role role)
{
    return colour(role).name();
}

QString alertText()
{
    return QStringLiteral("color: %1;").arg(name(Role::Alert));
}

QString alertBorder()
{
    return QStringLiteral("border: 1px solid %1;").arg(name(Role::Alert));
}

QString alertBadge()
{
    return QStringLiteral("color: white; background: %1; padding: 3px 8px;").arg(name(Role::Alert));
}

QString banner(const QString& objectName)
{
    return QStringLiteral("#%1 { background: %2; border: 1px solid %3; }")
        .arg(objectName, name(Role::Banner), name(Role::BannerEdge));
}

QString note()
{
    return QStringLiteral("background: %1; padding: 3px;").arg(name(Role::Note));
}

void setAlert(QWidget* widget, bool on)
{
    widget->setStyleSheet(on ? alertText() : QString());
}

} // namespace safeledger::Palette
