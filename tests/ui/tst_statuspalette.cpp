// The status colours (an error under a field, the changed marker, the banners' tones) stay readable
// on a light and on a dark window: WCAG AA contrast, 4.5:1 at least.
#include "ui/widgets/statuspalette.h"

#include <QTest>

class TestStatusPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatioMatchesWcag();
    void tonesAreReadable_data();
    void tonesAreReadable();
};

void TestStatusPalette::contrastRatioMatchesWcag()
{
    QCOMPARE(qRound(StatusPalette::contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(StatusPalette::contrastRatio(Qt::gray, Qt::gray), 1.0);
}

void TestStatusPalette::tonesAreReadable_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<int>("tone");
    using T = StatusPalette::Tone;
    const QList<QPair<const char *, QPair<QColor, QColor>>> themes{
        {"Fusion light", {QColor(0xef, 0xef, 0xef), Qt::black}},
        {"white", {Qt::white, Qt::black}},
        {"Adwaita dark", {QColor(0x35, 0x35, 0x35), QColor(0xee, 0xee, 0xec)}},
        {"Breeze dark", {QColor(0x20, 0x23, 0x26), QColor(0xfc, 0xfc, 0xfc)}},
        {"black", {Qt::black, Qt::white}},
    };
    for (const auto &theme : themes) {
        for (T tone : {T::Negative, T::Warning, T::Positive}) {
            QTest::addRow("%s, tone %d", theme.first, int(tone))
                << theme.second.first << theme.second.second << int(tone);
        }
    }
}

void TestStatusPalette::tonesAreReadable()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    QFETCH(int, tone);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    const QColor colour = StatusPalette::foreground(palette, StatusPalette::Tone(tone));
    const qreal contrast = StatusPalette::contrastRatio(colour, window);
    QVERIFY2(contrast >= StatusPalette::MinimumContrast,
             qPrintable(QStringLiteral("%1 on %2: %3:1").arg(colour.name(), window.name()).arg(contrast, 0, 'f', 2)));
    // The colour is still the tone's, not grey or black.
    QVERIFY(colour.hslSaturation() > 100);
}

QTEST_MAIN(TestStatusPalette)
#include "tst_statuspalette.moc"
