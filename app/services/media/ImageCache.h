#pragma once

#include "domain/ServiceError.h"

#include <QByteArray>
#include <QCache>
#include <QFuture>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>

class CatalogService;

// Thumbnails by SHA-256: in memory, then on disk under the cache directory
// (content-addressed, so a cached file never goes stale), then from the
// database in one batch per request. Lives on the GUI thread; what comes
// from the database is decoded and written to disk on the thread pool.
class ImageCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageCache)
public:
    explicit ImageCache(CatalogService& catalog, QObject* parent = nullptr);

    // The thumbnail if it is at hand; otherwise a null image, and it is fetched.
    QImage thumbnail(const QByteArray& sha256);
    // The same scaled to fit `size`, for views that ask on every paint: scaled
    // once per picture and size, then kept (QPixmapCache).
    QPixmap thumbnail(const QByteArray& sha256, QSize size);
    void prefetch(const QList<QByteArray>& sha256s);
    // The full picture: from the disk cache, else from the database (then cached).
    QFuture<Result<QImage>> full(const QByteArray& sha256);
    QString directory() const { return m_directory; }

signals:
    void thumbnailReady(const QByteArray& sha256);

private:
    QImage fromDisk(const QByteArray& sha256);
    QString pathFor(const QByteArray& sha256, bool thumbnail = true) const;

    CatalogService& m_catalog;
    QString m_directory;
    QCache<QByteArray, QImage> m_memory;
    QSet<QByteArray> m_pending;
};
