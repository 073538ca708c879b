#pragma once

#include "domain/ServiceError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

class QImage;

// Turns untrusted bytes into a stored image: JPEG, PNG or WebP decided by
// decoding the content (never the file name), at most 5 MB and 40 megapixels
// (checked from the header, before decoding, against decompression bombs),
// re-encoded (which drops metadata and anything hidden after the image data),
// with a thumbnail. Every refusal says why.
class ImagePipeline final {
    Q_DECLARE_TR_FUNCTIONS(ImagePipeline)

public:
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;
    static constexpr qint64 kMaxPixels = 40'000'000;
    static constexpr int kMaxSide = 10000;
    static constexpr int kThumbnailSide = 320;

    struct Prepared {
        QByteArray bytes;
        QByteArray thumbnail;
        QString mime;
        QSize size;
        QByteArray sha256;
    };

    static Result<Prepared> prepare(const QByteArray& input);
    // For images the program draws itself (demo data).
    static Result<Prepared> fromImage(const QImage& image);
};
