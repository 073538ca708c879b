#include "ImageCache.h"

#include "db/WhenReady.h"
#include "services/catalog/CatalogService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPixmapCache>
#include <QPromise>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

using namespace Qt::StringLiterals;

ImageCache::ImageCache(CatalogService& catalog, QObject* parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_directory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                  u"/thumbnails"_s)
    , m_memory(2000)
{
    QDir().mkpath(m_directory);
}

QString ImageCache::pathFor(const QByteArray& sha256, bool thumbnail) const
{
    return m_directory + (thumbnail ? u"/"_s : u"/full-"_s) + QString::fromLatin1(sha256.toHex());
}

QFuture<Result<QImage>> ImageCache::full(const QByteArray& sha256)
{
    auto promise = std::make_shared<QPromise<Result<QImage>>>();
    promise->start();
    auto finish = [promise](Result<QImage> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    QFile cached(pathFor(sha256, false));
    QImage image;
    if (cached.open(QIODevice::ReadOnly) && image.loadFromData(cached.readAll())) {
        finish(image);
        return promise->future();
    }
    // Checking, decoding and writing the disk cache (a sync per file) are
    // not the GUI thread's work.
    whenReady(m_catalog.images({sha256}, false), this,
              [sha256, finish,
               path = pathFor(sha256, false)](const Result<QHash<QByteArray, QByteArray>>& bytes) {
                  if (!bytes) {
                      finish(std::unexpected(bytes.error()));
                      return;
                  }
                  QThreadPool::globalInstance()->start([sha256, finish, path,
                                                        data = bytes->value(sha256)] {
                      QImage loaded;
                      // Content-addressed: what comes back must hash to its name.
                      if (data.isEmpty() ||
                          QCryptographicHash::hash(data, QCryptographicHash::Sha256) != sha256 ||
                          !loaded.loadFromData(data)) {
                          finish(std::unexpected(
                              ServiceError(ServiceError::Code::NotFound,
                                           QCoreApplication::translate(
                                               "ImageCache", "The picture could not be loaded."))));
                          return;
                      }
                      QSaveFile file(path);
                      if (file.open(QIODevice::WriteOnly)) {
                          file.write(data);
                          file.commit();
                      }
                      finish(loaded);
                  });
              });
    return promise->future();
}

QImage ImageCache::fromDisk(const QByteArray& sha256)
{
    QFile file(pathFor(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QImage image;
    image.loadFromData(file.readAll());
    return image;
}

QImage ImageCache::thumbnail(const QByteArray& sha256)
{
    if (sha256.isEmpty())
        return {};
    if (const QImage* cached = m_memory.object(sha256))
        return *cached;
    // On its way (thumbnailReady says when): the disk cache's directory is
    // being written to by the thread pool, and a look-up there can wait for it.
    if (m_pending.contains(sha256))
        return {};
    QImage image = fromDisk(sha256);
    if (!image.isNull()) {
        m_memory.insert(sha256, new QImage(image));
        return image;
    }
    prefetch({sha256});
    return {};
}

QPixmap ImageCache::thumbnail(const QByteArray& sha256, QSize size)
{
    if (sha256.isEmpty())
        return {};
    const QString key = u"hexastore-thumbnail/%1/%2x%3"_s.arg(QString::fromLatin1(sha256.toHex()))
                            .arg(size.width())
                            .arg(size.height());
    QPixmap pixmap;
    if (QPixmapCache::find(key, &pixmap))
        return pixmap;
    const QImage image = thumbnail(sha256);
    if (image.isNull())
        return {};
    pixmap = QPixmap::fromImage(image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    QPixmapCache::insert(key, pixmap);
    return pixmap;
}

void ImageCache::prefetch(const QList<QByteArray>& sha256s)
{
    QList<QByteArray> missing;
    for (const QByteArray& sha : sha256s) {
        if (sha.isEmpty() || m_pending.contains(sha) || m_memory.contains(sha) ||
            QFile::exists(pathFor(sha)))
            continue;
        m_pending.insert(sha);
        missing.append(sha);
    }
    if (missing.isEmpty())
        return;
    whenReady(m_catalog.images(missing, true), this,
              [this, missing](const Result<QHash<QByteArray, QByteArray>>& result) {
                  if (!result) {
                      for (const QByteArray& sha : missing)
                          m_pending.remove(sha);
                      return; // shown without a picture; asked again next time
                  }
                  QHash<QByteArray, QString> paths;
                  for (auto it = result->cbegin(); it != result->cend(); ++it)
                      paths.insert(it.key(), pathFor(it.key()));
                  // Writing the disk cache (a sync per file) and decoding a page's
                  // thumbnails are not the GUI thread's work.
                  auto store = [bytes = *result, paths] {
                      QHash<QByteArray, QImage> images;
                      for (auto it = bytes.cbegin(); it != bytes.cend(); ++it) {
                          QSaveFile file(paths.value(it.key()));
                          if (file.open(QIODevice::WriteOnly)) {
                              file.write(it.value());
                              file.commit();
                          }
                          QImage image;
                          if (image.loadFromData(it.value()))
                              images.insert(it.key(), image);
                      }
                      return images;
                  };
                  whenReady(QtConcurrent::run(store), this,
                            [this, missing](const QHash<QByteArray, QImage>& images) {
                                for (const QByteArray& sha : missing)
                                    m_pending.remove(sha);
                                for (auto it = images.cbegin(); it != images.cend(); ++it) {
                                    m_memory.insert(it.key(), new QImage(it.value()));
                                    emit thumbnailReady(it.key());
                                }
                            });
              });
}
