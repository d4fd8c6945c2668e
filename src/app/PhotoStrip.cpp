#include "PhotoStrip.h"

#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPixmap>

namespace safeledger {

namespace {
constexpr int kThumb = 96;

bool hasLocalFiles(const QMimeData* mime)
{
    if (!mime->hasUrls()) {
        return false;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) {
            return true;
        }
    }
    return false;
}
} // namespace

PhotoStrip::PhotoStrip(QWidget* parent)
    : QListWidget(parent)
{
    setViewMode(QListView::IconMode);
    setIconSize(QSize(kThumb, kThumb));
    setGridSize(QSize(kThumb + 24, kThumb + 36));
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setWrapping(false);
    setFlow(QListView::LeftToRight);
    setMinimumHeight(kThumb + 48);
    setMaximumHeight(kThumb + 56);
    // DropOnly makes the viewport accept drops; the drag handlers below take local image files.
    setDragDropMode(QAbstractItemView::DropOnly);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(true);
    setToolTip(tr("Drop photos here, or use \"Add photos…\""));
}

void PhotoStrip::addFromDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add photos"), QString(), tr("Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)"));
    addFiles(paths);
}

QStringList PhotoStrip::addFiles(const QStringList& paths)
{
    QStringList refused;
    const QMimeDatabase types;
    for (const QString& path : paths) {
        QFile file(path);
        const QString mime = types.mimeTypeForFile(path).name();
        if (!mime.startsWith(QLatin1String("image/")) || !file.open(QIODevice::ReadOnly)) {
            refused << QFileInfo(path).fileName();
            continue;
        }
        addPhoto({QFileInfo(path).fileName(), mime, file.readAll()});
    }
    return refused;
}

void PhotoStrip::addPhoto(const PendingPhoto& photo)
{
    m_pending.push_back(photo);
    addThumbnail(photo.fileName, photo.data);
    emit photosChanged();
}

void PhotoStrip::showStored(const QString& fileName, const QByteArray& bytes, const QString& caption)
{
    addThumbnail(caption.isEmpty() ? fileName : caption, bytes);
}

void PhotoStrip::addThumbnail(const QString& caption, const QByteArray& bytes)
{
    QImage image;
    image.loadFromData(bytes);
    QPixmap thumb(kThumb, kThumb);
    if (image.isNull()) {
        thumb.fill(Qt::lightGray);
    } else {
        thumb = QPixmap::fromImage(image.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    auto* item = new QListWidgetItem(QIcon(thumb), caption, this);
    item->setToolTip(caption);
}

void PhotoStrip::clearAll()
{
    m_pending.clear();
    clear();
    emit photosChanged();
}

void PhotoStrip::setPending(const std::vector<PendingPhoto>& photos)
{
    clear();
    m_pending = photos;
    for (const PendingPhoto& photo : m_pending) {
        addThumbnail(photo.fileName, photo.data);
    }
}

void PhotoStrip::dragEnterEvent(QDragEnterEvent* event)
{
    if (hasLocalFiles(event->mimeData())) {
        event->acceptProposedAction();
    } else {
        QListWidget::dragEnterEvent(event);
    }
}

void PhotoStrip::dragMoveEvent(QDragMoveEvent* event)
{
    if (hasLocalFiles(event->mimeData())) {
        event->acceptProposedAction();
    } else {
        QListWidget::dragMoveEvent(event);
    }
}

void PhotoStrip::dropEvent(QDropEvent* event)
{
    if (!hasLocalFiles(event->mimeData())) {
        QListWidget::dropEvent(event);
        return;
    }
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace safeledger
