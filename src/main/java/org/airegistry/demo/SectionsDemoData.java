package org.airegistry.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.airegistry.registry.Art63Condition;
import org.airegistry.registry.Certificate;
import org.airegistry.registry.ContentLanguage;
import org.airegistry.registry.DocumentKind;
import org.airegistry.registry.DraftEntry;
import org.airegistry.registry.EntryData;
import org.airegistry.registry.EntryDocuments;
import org.airegistry.registry.EntryStatus;
import org.airegistry.registry.RegistryService;
import org.airegistry.registry.SectionB;
import org.airegistry.registry.WorkspaceEntry;
import org.airegistry.shared.AnnexIIIPoint;
import org.airegistry.shared.MemberState;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo entries for Section B (Art 6(3), Art 49(2)) and for PDF documents, added once the
 * application is ready (after {@link DemoData} created the demo providers). Runs once: it
 * looks for its own entries first, since the demo database persists across runs.
 */
@Component
@ConditionalOnProperty(name = "airegistry.demo.enabled", havingValue = "true")
class SectionsDemoData {

	private static final Logger log = LoggerFactory.getLogger(SectionsDemoData.class);

	static final String SECTION_B_NAME = "MailSort Application Router";

	private final RegistryService registry;

	private final UserDetailsService users;

	SectionsDemoData(RegistryService registry, UserDetailsService users) {
		this.registry = registry;
		this.users = users;
	}

	@EventListener(ApplicationReadyEvent.class)
	void create() {
		boolean[] done = { false };
		actAs(DemoData.ACCOUNTS.get(0).email(), () -> {
			List<WorkspaceEntry> existing = registry.myEntries();
			done[0] = existing.stream().anyMatch(entry -> entry.tradeName().equals(SECTION_B_NAME));
		});
		if (done[0]) {
			return;
		}
		actAs(DemoData.ACCOUNTS.get(0).email(), () -> {
			publish(EntryData
				.sectionA(ContentLanguage.EN, AnnexIIIPoint.P4A, false, "", "", SECTION_B_NAME, "1.3",
						"Sorts incoming job applications into the mailbox of the matching vacancy by the job "
								+ "reference and the language of the letter; recruiters see every application.",
						"", "", EntryStatus.ON_MARKET, Certificate.none(), Set.of(), "", "", "")
				.asSectionB(new SectionB(
						EnumSet.of(Art63Condition.A_NARROW_PROCEDURAL_TASK, Art63Condition.D_PREPARATORY_TASK), false,
						"")));
		});
		actAs(DemoData.ACCOUNTS.get(1).email(), () -> {
			publish(EntryData
				.sectionA(ContentLanguage.EN, AnnexIIIPoint.P3B, false, "", "", "Nordic Essay Consistency Check", "2.0",
						"Checks, after teachers have graded a batch of essays, whether grades deviate from the "
								+ "teacher's earlier grading pattern and flags them for a second look.",
						"", "", EntryStatus.IN_SERVICE, Certificate.none(), Set.of(), "", "", "")
				.asSectionB(new SectionB(EnumSet.of(Art63Condition.C_DETECTS_PATTERNS), false, "")));
			byte[] declaration = pdf("EU declaration of conformity - NordVision Exam Proctoring 5.0",
					"Nordic Vision AB declares under its sole responsibility that the AI system conforms "
							+ "to Regulation (EU) 2024/1689.");
			byte[] instructions = pdf("Instructions for use - NordVision Exam Proctoring 5.0",
					"Intended purpose, human oversight measures, accuracy and known limitations.");
			EntryDocuments documents = EntryDocuments.none()
				.with(DocumentKind.DECLARATION_OF_CONFORMITY,
						registry.storeDocument(DocumentKind.DECLARATION_OF_CONFORMITY,
								"nordvision-declaration-of-conformity.pdf", declaration))
				.with(DocumentKind.INSTRUCTIONS_FOR_USE, registry.storeDocument(DocumentKind.INSTRUCTIONS_FOR_USE,
						"nordvision-instructions-for-use.pdf", instructions));
			publish(EntryData
				.sectionA(ContentLanguage.EN, AnnexIIIPoint.P3D, false, "", "", "NordVision Exam Proctoring", "5.0",
						"Monitors students during remote exams and flags prohibited behaviour for an invigilator.",
						"Webcam capture, behaviour classifier and an invigilator review console.",
						"Inputs: webcam video and screen activity during the exam. A classifier flags events; an "
								+ "invigilator decides on every flag.",
						EntryStatus.ON_MARKET, Certificate.none(), EnumSet.of(MemberState.SE, MemberState.FI), "", "",
						"https://nordic.example/ai")
				.withDocuments(documents));
		});
		log.info("Demo data created: 2 Section B entries and 1 Section A entry with PDF documents");
	}

	private void publish(EntryData data) {
		DraftEntry draft = registry.createDraft(data);
		registry.publish(draft.id(), draft.lockVersion(), "");
	}

	/** A one-page PDF with a title and a line of text. */
	static byte[] pdf(String title, String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 14);
				content.newLineAtOffset(72, 720);
				content.showText(title);
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
				content.newLineAtOffset(0, -24);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void actAs(String email, Runnable action) {
		DemoLogin.actAs(users, email, action);
	}

}
