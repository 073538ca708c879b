#include "SmtpMailer.h"

#include "db/SqlExecutor.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSqlRecord>
#include <QUuid>

#include <curl/curl.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

struct Upload {
    QByteArray bytes;
    qsizetype at = 0;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* data)
{
    auto* upload = static_cast<Upload*>(data);
    const size_t n = std::min(size * count, size_t(upload->bytes.size() - upload->at));
    std::memcpy(buffer, upload->bytes.constData() + upload->at, n);
    upload->at += qsizetype(n);
    return n;
}

// A header value in UTF-8 that any mail reader shows (RFC 2047).
QByteArray encodedWord(const QString& text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

Result<SmtpMailer::Settings> SmtpMailer::read(SqlExecutor& sql)
{
    auto rows = sql.query(u"SELECT key, value FROM hexastore.mail_settings"_s);
    if (!rows)
        return std::unexpected(rows.error());
    QHash<QString, QString> values;
    for (const QSqlRecord& r : *rows)
        values.insert(r.value(0).toString(), r.value(1).toString());
    Settings s;
    s.host = values.value(u"smtp_host"_s);
    s.from = values.value(u"mail_from"_s);
    if (s.host.isEmpty() || s.from.isEmpty()) {
        return std::unexpected(
            ServiceError(ServiceError::Code::Validation,
                         tr("No SMTP server is set. Set at least smtp_host and mail_from, e.g. "
                            "\"hexastore-admin mail set smtp_host mail.example.com\".")));
    }
    bool portOk = true;
    s.port = values.value(u"smtp_port"_s, u"587"_s).toInt(&portOk);
    if (!portOk || s.port < 1 || s.port > 65535)
        return std::unexpected(
            ServiceError(ServiceError::Code::Validation, tr("smtp_port is not a port number.")));
    s.startTls = values.value(u"smtp_starttls"_s, u"true"_s) != u"false"_s;
    s.username = values.value(u"smtp_username"_s);
    s.password = values.value(u"smtp_password"_s);
    return s;
}

SmtpMailer::SmtpMailer(Settings settings)
    : m_settings(std::move(settings))
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    Q_UNUSED(initialised)
}

VoidResult SmtpMailer::send(const QString& to, const QString& subject, const QString& body) const
{
    const QString domain = m_settings.from.section(u'@', -1);
    Upload upload;
    upload.bytes =
        "Date: " +
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss"_s)
            .toLatin1() +
        " +0000\r\n"
        "From: " +
        m_settings.from.toUtf8() + "\r\nTo: " + to.toUtf8() +
        "\r\nSubject: " + encodedWord(subject) + "\r\nMessage-ID: <" +
        QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@" + domain.toUtf8() +
        ">\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n" +
        QString(body).replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s).toUtf8() + "\r\n";

    CURL* curl = curl_easy_init();
    if (!curl)
        return std::unexpected(ServiceError(ServiceError::Code::Internal, u"curl_easy_init"_s));
    const QByteArray url =
        "smtp://" + m_settings.host.toUtf8() + ":" + QByteArray::number(m_settings.port);
    const QByteArray from = "<" + m_settings.from.toUtf8() + ">";
    const QByteArray rcpt = "<" + to.toUtf8() + ">";
    const QByteArray user = m_settings.username.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    curl_slist* recipients = curl_slist_append(nullptr, rcpt.constData());
    char error[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     long(m_settings.startTls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 120L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);
    const CURLcode result = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (result != CURLE_OK) {
        const QString why = QString::fromUtf8(error[0] ? error : curl_easy_strerror(result));
        return std::unexpected(ServiceError(ServiceError::Code::Unavailable, why, why));
    }
    return {};
}
