#pragma once

#include <QImage>
#include <QWidget>

namespace Bootlace {

// Shows the guest screen of a test-boot VM, scaled to fit without distortion, and turns key
// presses into QEMU key names (keyPressed) while it has focus. Tab and Escape go to the guest
// too: iPXE menus and its shell use them.
class VmScreenWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmScreenWidget)

public:
    explicit VmScreenWidget(QWidget *parent = nullptr);

    void setScreen(const QImage &screen);
    QImage screen() const { return m_screen; }
    // Shown instead of the screen while there is none (before start, after stop).
    void setPlaceholder(const QString &text);

    QSize sizeHint() const override { return {720, 400}; }

Q_SIGNALS:
    void keyPressed(const QString &qemuKey);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    QImage m_screen;
    QString m_placeholder;
};

} // namespace Bootlace
