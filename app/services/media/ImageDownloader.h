#pragma once

#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// Fetches image bytes from an http(s) URL for the product editor: gives up
// after a timeout, and stops reading as soon as the size limit is passed
// (whatever Content-Length claims). The bytes still go through ImagePipeline.
class ImageDownloader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageDownloader)
public:
    explicit ImageDownloader(QObject* parent = nullptr, int timeoutMs = 20000,
                             qint64 maxBytes = 5 * 1024 * 1024);

    QFuture<Result<QByteArray>> fetch(const QUrl& url);

private:
    QNetworkAccessManager* m_network;
    int m_timeoutMs;
    qint64 m_maxBytes;
};
