package org.govhall.exchange.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A register that another module keeps and the exchange shares under grants like its base registers (the licence
 * module's 电子证照库): the exchange checks the grant, asks the register for the granted columns of one subject and
 * writes the access log entry, in one transaction; the register may record the read for its own holders too.
 */
public interface HeldRegister {

	/** The register's name in the resource catalogue ({@code ResourceTerms.REGISTERS}), e.g. {@code LICENCE}. */
	String register();

	/**
	 * The subject's granted columns, if the register holds the subject.
	 *
	 * @param consumer the reading department
	 * @param purpose why it reads
	 */
	Optional<Map<String, Object>> read(String subject, List<String> columns, String consumer, String purpose);
}
