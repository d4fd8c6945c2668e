// Build tool: renders an SVG icon to square PNGs, one per size, for the desktop's icon theme
// (usage: safeledger-render-icon ICON.svg OUT-DIR SIZE...; writes OUT-DIR/SIZE.png).

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    // Nothing is shown: no display is needed where the package is built.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 4) {
        err << "usage: safeledger-render-icon ICON.svg OUT-DIR SIZE...\n";
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        err << "safeledger-render-icon: " << args[1] << " is not an SVG image it can read\n";
        return 1;
    }
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args[i].toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            err << "safeledger-render-icon: " << args[i] << " is not a size from 8 to 1024\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString file = args[2] + QLatin1Char('/') + QString::number(size) + QStringLiteral(".png");
        if (!image.save(file, "PNG")) {
            err << "safeledger-render-icon: could not write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
