package jp.procurementdesk.opportunities.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.procurementdesk.cases.CompanyCaseCounts;
import jp.procurementdesk.cases.CompanyCaseCounts.PathwayState;
import jp.procurementdesk.cases.Pathway;
import jp.procurementdesk.companies.Exhibitors;
import jp.procurementdesk.companies.Exhibitors.Exhibitor;
import jp.procurementdesk.companies.Product;
import jp.procurementdesk.identity.CurrentUser;
import jp.procurementdesk.opportunities.EventCatalogue;
import jp.procurementdesk.opportunities.EventSeats.Registration;
import jp.procurementdesk.opportunities.OpportunityView;
import jp.procurementdesk.shared.ForbiddenException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds an event's catalogue. A product removed from the register since it was chosen is left
 * out; a case is about a product when it names it from the register or by the same name.
 */
@Service
@Transactional(readOnly = true)
class EventCatalogueService implements EventCatalogue {

	private final Events events;

	private final EventRegistrationStore store;

	private final Exhibitors exhibitors;

	private final CompanyCaseCounts cases;

	EventCatalogueService(Events events, EventRegistrationStore store, Exhibitors exhibitors,
			CompanyCaseCounts cases) {
		this.events = events;
		this.store = store;
		this.exhibitors = exhibitors;
		this.cases = cases;
	}

	@Override
	public Catalogue catalogue(UUID opportunityId, CurrentUser user) {
		OpportunityView event = events.event(opportunityId);
		if (!Events.isDesk(user)) {
			throw new ForbiddenException("Only the desk prints an event's catalogue.");
		}
		LinkedHashSet<String> companies = store.registrations(opportunityId)
			.stream()
			.map(Registration::companyId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		List<ExhibitorPage> pages = new ArrayList<>();
		for (String companyId : companies) {
			exhibitors.exhibitor(companyId).ifPresent(exhibitor -> pages.add(page(opportunityId, exhibitor)));
		}
		return new Catalogue(event, pages);
	}

	private ExhibitorPage page(UUID opportunityId, Exhibitor exhibitor) {
		Map<UUID, Product> register = exhibitor.products()
			.stream()
			.collect(Collectors.toMap(Product::id, Function.identity()));
		List<PathwayState> states = cases.pathways(exhibitor.companyId());
		List<ShownProduct> shown = store.products(opportunityId, exhibitor.companyId())
			.stream()
			.map(register::get)
			.flatMap(product -> Optional.ofNullable(product).stream())
			.map(product -> new ShownProduct(product, standings(product, states)))
			.toList();
		return new ExhibitorPage(exhibitor.companyId(), exhibitor.name(), exhibitor.nameJa(), shown);
	}

	private static Map<Pathway, Standing> standings(Product product, List<PathwayState> states) {
		Map<Pathway, Standing> standings = new EnumMap<>(Pathway.class);
		for (PathwayState state : states) {
			boolean about = product.id().equals(state.productId())
					|| state.productId() == null && product.name().equalsIgnoreCase(state.productName());
			if (about && PATHWAYS.contains(state.pathway())) {
				standings.put(state.pathway(), new Standing(state.outcome(), state.open()));
			}
		}
		return standings;
	}

}
