#pragma once

#include "PendingPhoto.h"

#include <QListWidget>

#include <vector>

namespace safeledger {

// Photos as thumbnails: added with a file dialog (addFromDialog) or by dropping image files on the
// strip. Photos already stored are shown with showStored(); only pending ones are saved.
class PhotoStrip final : public QListWidget
{
    Q_OBJECT

public:
    explicit PhotoStrip(QWidget* parent = nullptr);

    void addFromDialog();
    // Reads the files; returns the names of those that are not images (nothing is added for them).
    QStringList addFiles(const QStringList& paths);
    void addPhoto(const PendingPhoto& photo);
    void showStored(const QString& fileName, const QByteArray& bytes, const QString& caption = {});

    const std::vector<PendingPhoto>& pending() const { return m_pending; }
    void clearAll();
    // Shows these pending photos instead of the strip's (without photosChanged): one strip can
    // show the photos of whichever record is current.
    void setPending(const std::vector<PendingPhoto>& photos);

signals:
    void photosChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void addThumbnail(const QString& caption, const QByteArray& bytes);

    std::vector<PendingPhoto> m_pending;
};

} // namespace safeledger
