#pragma once

#include <QByteArray>
#include <QString>

namespace safeledger {

// A photo waiting to be saved with its record.
struct PendingPhoto
{
    QString fileName;
    QString mimeType;
    QByteArray data;
};

} // namespace safeledger
