#pragma once

#include <QColor>
#include <QString>

class QWidget;

namespace safeledger::Palette {

// The interface's colours by what they mean; no widget writes a colour of its own.
enum class Role {
    Alert,      // errors, overdue, deaths, failed checks
    Quiet,      // not checked, ignored rows
    Draft,      // drafts not signed yet
    Found,      // charts: hazards found
    Rectified,  // charts: hazards rectified
    Rate,       // charts: the rectification rate
    Banner,     // a notice across the window (read-only)
    BannerEdge, // its border
    Note,       // a hint above a list (where it was opened from)
};

QColor colour(Role role);
QString name(Role role); // "#rrggbb", for style sheets

// Style sheets built from the roles.
QString alertText();                       // red text: an error message, an alarming figure
QString alertBorder();                     // a red border: the field an error is about
QString alertBadge();                      // white on red: a status that needs action
QString banner(const QString& objectName); // the window's notice, by the banner's object name
QString note();                            // a pale background for a hint

// Red text on `widget` when `on`, its usual look otherwise.
void setAlert(QWidget* widget, bool on = true);

} // namespace safeledger::Palette
