# GENERATED FILE: DO NOT EDIT.
# Made from ui/practice_dialog.ui by tools/build_forms.py (make forms).
# Edit the .ui file in Qt Designer, then run `make forms`.

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
)

class Ui_PracticeDialog(object):
    def setupUi(self, PracticeDialog):
        if not PracticeDialog.objectName():
            PracticeDialog.setObjectName(u"PracticeDialog")
        PracticeDialog.resize(640, 480)
        self.practiceLayout = QVBoxLayout(PracticeDialog)
        self.practiceLayout.setObjectName(u"practiceLayout")
        self.progressLabel = QLabel(PracticeDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.progressLabel.sizePolicy().hasHeightForWidth())
        self.progressLabel.setSizePolicy(sizePolicy)
        self.progressLabel.setText(u"Question 1 of 1")

        self.practiceLayout.addWidget(self.progressLabel)

        self.questionLabel = QLabel(PracticeDialog)
        self.questionLabel.setObjectName(u"questionLabel")
        sizePolicy.setHeightForWidth(self.questionLabel.sizePolicy().hasHeightForWidth())
        self.questionLabel.setSizePolicy(sizePolicy)
        self.questionLabel.setText(u"Question")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.practiceLayout.addWidget(self.questionLabel)

        self.askerLabel = QLabel(PracticeDialog)
        self.askerLabel.setObjectName(u"askerLabel")
        sizePolicy.setHeightForWidth(self.askerLabel.sizePolicy().hasHeightForWidth())
        self.askerLabel.setSizePolicy(sizePolicy)
        self.askerLabel.setText(u"Likely from")
        self.askerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.practiceLayout.addWidget(self.askerLabel)

        self.timerRow = QHBoxLayout()
        self.timerRow.setObjectName(u"timerRow")
        self.timeLabel = QLabel(PracticeDialog)
        self.timeLabel.setObjectName(u"timeLabel")
        self.timeLabel.setText(u"2:00")

        self.timerRow.addWidget(self.timeLabel)

        self.timeBar = QProgressBar(PracticeDialog)
        self.timeBar.setObjectName(u"timeBar")
        self.timeBar.setTextVisible(False)

        self.timerRow.addWidget(self.timeBar)

        self.startButton = QPushButton(PracticeDialog)
        self.startButton.setObjectName(u"startButton")

        self.timerRow.addWidget(self.startButton)


        self.practiceLayout.addLayout(self.timerRow)

        self.revealButton = QPushButton(PracticeDialog)
        self.revealButton.setObjectName(u"revealButton")

        self.practiceLayout.addWidget(self.revealButton)

        self.outlineView = QPlainTextEdit(PracticeDialog)
        self.outlineView.setObjectName(u"outlineView")
        self.outlineView.setReadOnly(True)

        self.practiceLayout.addWidget(self.outlineView)

        self.outlineSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.practiceLayout.addItem(self.outlineSpacer)

        self.rateRow = QHBoxLayout()
        self.rateRow.setObjectName(u"rateRow")
        self.confidentButton = QPushButton(PracticeDialog)
        self.confidentButton.setObjectName(u"confidentButton")

        self.rateRow.addWidget(self.confidentButton)

        self.needsWorkButton = QPushButton(PracticeDialog)
        self.needsWorkButton.setObjectName(u"needsWorkButton")

        self.rateRow.addWidget(self.needsWorkButton)

        self.rateSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rateRow.addItem(self.rateSpacer)

        self.previousButton = QPushButton(PracticeDialog)
        self.previousButton.setObjectName(u"previousButton")

        self.rateRow.addWidget(self.previousButton)

        self.nextButton = QPushButton(PracticeDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.rateRow.addWidget(self.nextButton)

        self.buttonBox = QDialogButtonBox(PracticeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.rateRow.addWidget(self.buttonBox)


        self.practiceLayout.addLayout(self.rateRow)


        self.retranslateUi(PracticeDialog)
        self.buttonBox.rejected.connect(PracticeDialog.reject)
    # setupUi

    def retranslateUi(self, PracticeDialog):
        PracticeDialog.setWindowTitle(QCoreApplication.translate("PracticeDialog", u"Practise likely questions", None))
#if QT_CONFIG(accessibility)
        self.questionLabel.setAccessibleName(QCoreApplication.translate("PracticeDialog", u"Question", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.timeLabel.setAccessibleName(QCoreApplication.translate("PracticeDialog", u"Time left", None))
#endif // QT_CONFIG(accessibility)
        self.startButton.setText(QCoreApplication.translate("PracticeDialog", u"&Start the clock", None))
        self.revealButton.setText(QCoreApplication.translate("PracticeDialog", u"Show my &outline", None))
#if QT_CONFIG(accessibility)
        self.outlineView.setAccessibleName(QCoreApplication.translate("PracticeDialog", u"My answer outline", None))
#endif // QT_CONFIG(accessibility)
        self.confidentButton.setText(QCoreApplication.translate("PracticeDialog", u"I was &confident", None))
        self.needsWorkButton.setText(QCoreApplication.translate("PracticeDialog", u"It &needs work", None))
        self.previousButton.setText(QCoreApplication.translate("PracticeDialog", u"&Previous", None))
        self.nextButton.setText(QCoreApplication.translate("PracticeDialog", u"&Skip", None))
    # retranslateUi
