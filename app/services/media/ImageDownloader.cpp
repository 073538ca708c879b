#include "ImageDownloader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
ServiceError refusal(const QString& message, const QString& detail = {})
{
    return ServiceError(ServiceError::Code::Validation, message, detail).withField(u"image"_s);
}
} // namespace

ImageDownloader::ImageDownloader(QObject* parent, int timeoutMs, qint64 maxBytes)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timeoutMs(timeoutMs)
    , m_maxBytes(maxBytes)
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QFuture<Result<QByteArray>> ImageDownloader::fetch(const QUrl& url)
{
    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    promise->start();
    auto finish = [promise](Result<QByteArray> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        finish(std::unexpected(refusal(QCoreApplication::translate(
            "ImageDownloader", "Enter a web address that starts with http:// or https://."))));
        return promise->future();
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"HexaStore"_s);
    QNetworkReply* reply = m_network->get(request);
    auto body = std::make_shared<QByteArray>();
    auto tooBig = std::make_shared<bool>(false);
    const qint64 limit = m_maxBytes;
    connect(reply, &QNetworkReply::readyRead, reply, [reply, body, tooBig, limit] {
        body->append(reply->readAll());
        if (body->size() > limit) {
            *tooBig = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, reply, [reply, body, tooBig, limit, finish] {
        reply->deleteLater();
        if (*tooBig || body->size() > limit) {
            finish(std::unexpected(refusal(QCoreApplication::translate(
                "ImageDownloader", "The picture at that address is larger than 5 MB."))));
            return;
        }
        if (reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError) {
            finish(std::unexpected(
                refusal(QCoreApplication::translate(
                            "ImageDownloader", "The server took too long to send the picture."),
                        reply->errorString())));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            finish(std::unexpected(
                refusal(QCoreApplication::translate("ImageDownloader",
                                                    "The picture could not be downloaded: %1")
                            .arg(reply->errorString()),
                        reply->errorString())));
            return;
        }
        body->append(reply->readAll());
        finish(*body);
    });
    return promise->future();
}
