#include "ImagePipeline.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

using namespace Qt::StringLiterals;

namespace {

ServiceError refusal(const QString& message, const QString& detail = {})
{
    return ServiceError(ServiceError::Code::Validation, message, detail).withField(u"image"_s);
}

QByteArray encode(const QImage& image, const QByteArray& format, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return out;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Result<ImagePipeline::Prepared> finish(const QImage& image, const QByteArray& format)
{
    ImagePipeline::Prepared p;
    p.bytes = encode(image, format, 90);
    if (p.bytes.isEmpty())
        return std::unexpected(refusal(ImagePipeline::tr("The image could not be encoded.")));
    if (p.bytes.size() > ImagePipeline::kMaxBytes) {
        return std::unexpected(refusal(ImagePipeline::tr("The image is larger than 5 MB (%1 MB).")
                                           .arg(megabytes(p.bytes.size()))));
    }
    const QImage thumb = image.scaled(ImagePipeline::kThumbnailSide, ImagePipeline::kThumbnailSide,
                                      Qt::KeepAspectRatio, Qt::SmoothTransformation);
    p.thumbnail = image.hasAlphaChannel() ? encode(thumb, "png", 90) : encode(thumb, "jpeg", 80);
    p.mime = u"image/"_s + QString::fromLatin1(format);
    p.size = image.size();
    p.sha256 = QCryptographicHash::hash(p.bytes, QCryptographicHash::Sha256);
    return p;
}

} // namespace

Result<ImagePipeline::Prepared> ImagePipeline::prepare(const QByteArray& input)
{
    if (input.isEmpty())
        return std::unexpected(refusal(tr("The file is empty.")));
    if (input.size() > kMaxBytes) {
        return std::unexpected(
            refusal(tr("The image is larger than 5 MB (%1 MB).").arg(megabytes(input.size()))));
    }
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png" && format != "webp") {
        return std::unexpected(
            refusal(tr("This is not a JPEG, PNG or WebP image."),
                    format.isEmpty() ? u"unknown format"_s : QString::fromLatin1(format)));
    }
    // The header's size, checked before a single pixel is decoded.
    const QSize size = reader.size();
    if (!size.isValid())
        return std::unexpected(refusal(tr("The image is damaged: its size cannot be read.")));
    if (size.width() > kMaxSide || size.height() > kMaxSide ||
        qint64(size.width()) * size.height() > kMaxPixels) {
        return std::unexpected(refusal(
            tr("The image is too large: %1 × %2 pixels (at most %3 a side and 40 megapixels).")
                .arg(size.width())
                .arg(size.height())
                .arg(kMaxSide)));
    }
    // A second wall in case a header lies: Qt refuses to allocate more than this.
    reader.setAllocationLimit(256);
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        return std::unexpected(
            refusal(tr("The image is damaged or incomplete."), reader.errorString()));
    }
    return finish(image, format);
}

Result<ImagePipeline::Prepared> ImagePipeline::fromImage(const QImage& image)
{
    return finish(image, image.hasAlphaChannel() ? QByteArray("png") : QByteArray("jpeg"));
}
