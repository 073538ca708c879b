// Untrusted image bytes: the format comes from the content, limits hold
// before decoding, and every refusal says why.
#include "services/media/ImagePipeline.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QtEndian>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray encoded(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QImage sample(int w = 800, int h = 600)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(30, 120, 200));
    return image;
}

quint32 crc32(const char* data, int length)
{
    quint32 crc = 0xffffffffu;
    for (int i = 0; i < length; ++i) {
        crc ^= quint8(data[i]);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A valid PNG header that claims a size the data does not have (a
// decompression bomb's trick): width and height rewritten, CRC fixed up.
QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray png = encoded(sample(10, 10), "png");
    // Bytes 12..15 "IHDR", 16..28 its data (width, height first), 29..32 the CRC.
    qToBigEndian(width, png.data() + 16);
    qToBigEndian(height, png.data() + 20);
    qToBigEndian(crc32(png.constData() + 12, 17), png.data() + 29);
    return png;
}

} // namespace

class TstImagePipeline : public QObject {
    Q_OBJECT

private slots:
    void acceptsJpegPngWebp_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("mime");
        QTest::newRow("jpeg") << QByteArray("jpeg") << u"image/jpeg"_s;
        QTest::newRow("png") << QByteArray("png") << u"image/png"_s;
        QTest::newRow("webp") << QByteArray("webp") << u"image/webp"_s;
    }

    void acceptsJpegPngWebp()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, mime);
        QVERIFY2(QImageWriter::supportedImageFormats().contains(format), format.constData());
        auto prepared = ImagePipeline::prepare(encoded(sample(), format.constData()));
        QVERIFY2(prepared.has_value(),
                 qPrintable(prepared ? QString() : prepared.error().message()));
        QCOMPARE(prepared->mime, mime);
        QCOMPARE(prepared->size, QSize(800, 600));
        QCOMPARE(prepared->sha256.size(), 32);
        QImage thumb;
        QVERIFY(thumb.loadFromData(prepared->thumbnail));
        QCOMPARE(thumb.width(), 320);
    }

    void decidesByContentNotName()
    {
        // PNG bytes, whatever the file was called, are a PNG.
        auto png = ImagePipeline::prepare(encoded(sample(), "png"));
        QCOMPARE(png->mime, u"image/png"_s);
        // A GIF or BMP, or text, is refused even when called photo.jpg.
        for (const QByteArray& bytes :
             {encoded(sample(), "bmp"), QByteArray("just some text, named photo.jpg")}) {
            auto refused = ImagePipeline::prepare(bytes);
            QVERIFY(!refused.has_value());
            QCOMPARE(refused.error().code(), ServiceError::Code::Validation);
            QVERIFY(refused.error().message().contains(u"JPEG, PNG or WebP"_s));
        }
    }

    void refusesCorruptData()
    {
        QByteArray jpeg = encoded(sample(), "jpeg");
        jpeg.truncate(200); // a header and then nothing
        auto refused = ImagePipeline::prepare(jpeg);
        QVERIFY(!refused.has_value());
        QVERIFY(refused.error().message().contains(u"damaged"_s));
        QVERIFY(!ImagePipeline::prepare(QByteArray()).has_value());
    }

    void refusesMoreThanFiveMegabytes()
    {
        QByteArray big = encoded(sample(), "png");
        big.append(QByteArray(ImagePipeline::kMaxBytes, '\0'));
        auto refused = ImagePipeline::prepare(big);
        QVERIFY(!refused.has_value());
        QVERIFY(refused.error().message().contains(u"5 MB"_s));
    }

    void refusesBombsBeforeDecoding()
    {
        auto refused = ImagePipeline::prepare(pngClaiming(60000, 60000));
        QVERIFY(!refused.has_value());
        QVERIFY2(refused.error().message().contains(u"too large"_s),
                 qPrintable(refused.error().message()));
        auto wide =
            ImagePipeline::prepare(pngClaiming(9000, 9000)); // under 10000 a side, over 40 MP
        QVERIFY(!wide.has_value());
        QVERIFY(wide.error().message().contains(u"too large"_s));
    }

    void reencodingDropsTrailingData()
    {
        QByteArray png = encoded(sample(), "png");
        auto clean = ImagePipeline::prepare(png);
        auto withPayload = ImagePipeline::prepare(png + QByteArray("<?php evil(); ?>"));
        QVERIFY(withPayload.has_value());
        QVERIFY(!withPayload->bytes.contains("evil"));
        QCOMPARE(withPayload->sha256, clean->sha256); // the same picture, the same hash
    }
};

QTEST_MAIN(TstImagePipeline)
#include "tst_image_pipeline.moc"
